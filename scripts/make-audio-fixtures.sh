#!/usr/bin/env bash
# Regenerates tests/fixtures/audio/: a sentence spoken by espeak-ng (WAV, 16 kHz mono), the same as Ogg/Vorbis (sox)
# and as WebM/Opus recorded by Chromium's MediaRecorder, plus manifest.json (the text spoken and its length).
# Dither is off (-D), so the WAV comes out byte-identical each time; Ogg (random stream serial) and WebM differ run to run.
# Needs espeak-ng, sox and Chromium (Debian: espeak-ng sox chromium). Tests only read the committed files.
set -euo pipefail
cd "$(dirname "$0")/.."
out=tests/fixtures/audio
text="I moved our billing jobs to Kafka and cut settlement time by forty percent."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$out"
espeak-ng -v en-us -s 165 -w "$tmp/spoken.wav" "$text"
sox -D "$tmp/spoken.wav" -r 16000 -c 1 -b 16 "$out/answer.wav"
sox -D "$out/answer.wav" -C 3 "$out/answer.ogg"
npx tsx scripts/record-webm-fixture.ts "$out/answer.wav" "$out/answer.webm"
seconds=$(soxi -D "$out/answer.wav")
printf '{\n  "text": "%s",\n  "seconds": %s,\n  "files": ["answer.wav", "answer.ogg", "answer.webm"]\n}\n' "$text" "$seconds" > "$out/manifest.json"
ls -l "$out"
