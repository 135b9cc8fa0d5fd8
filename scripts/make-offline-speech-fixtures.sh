#!/usr/bin/env bash
# Regenerates tests/fixtures/audio/flite/: an interview answer spoken by flite's "rms" voice (WAV, 16 kHz mono), the
# same recorded by Chromium's MediaRecorder as WebM/Opus (what the browser uploads), and manifest.json (the text spoken
# and its length). The offline speech-to-text tests transcribe these for real with pocketsphinx; the browser test plays
# the WAV into Chromium's fake microphone.
# Needs flite, sox and Chromium (Debian: flite sox chromium). Tests only read the committed files.
set -euo pipefail
cd "$(dirname "$0")/.."
out=tests/fixtures/audio/flite
text="So in my last role I led a team of four engineers, and we rebuilt the payment service in about six months."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$out"
flite -voice rms -t "$text" -o "$tmp/spoken.wav"
# A second of silence before and after, as when someone presses Record, breathes, speaks, then presses Stop.
sox -D "$tmp/spoken.wav" -r 16000 -c 1 -b 16 "$out/answer.wav" pad 1 1
npx tsx scripts/record-webm-fixture.ts "$out/answer.wav" "$out/answer.webm"
# A jargon-heavy answer (tools the general model does not know) for the context-words test; WAV only.
jargon="The hardest part was getting the Kotlin app to talk to our Firebase backend offline."
flite -voice slt -t "$jargon" -o "$tmp/jargon.wav"
sox -D "$tmp/jargon.wav" -r 16000 -c 1 -b 16 "$out/jargon.wav"
seconds=$(soxi -D "$out/answer.wav")
printf '{\n  "text": "%s",\n  "seconds": %s,\n  "files": ["answer.wav", "answer.webm"],\n  "jargon": { "text": "%s", "context": ["Kotlin", "Firebase", "backend"], "file": "jargon.wav" }\n}\n' "$text" "$seconds" "$jargon" > "$out/manifest.json"
ls -l "$out"
