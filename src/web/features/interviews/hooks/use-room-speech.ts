import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { api } from '#web/app/api-client.ts';
import { findRoomSpeech, findTranscript, sendMicrophoneSegment, switchRoomSpeech } from '#web/features/interviews/api/room-speech-api.ts';
import { startSegmentedRecording, type MicrophoneSegment } from '#web/features/interviews/record-segments.ts';
import { startStreamingMicrophone } from '#web/features/interviews/stream-microphone.ts';
import { roomKeys } from './room-keys.ts';

export function useRoomSpeech(interviewId: string, enabled: boolean) {
  return useQuery({ queryKey: roomKeys.speech(interviewId), queryFn: () => findRoomSpeech(api, interviewId), enabled });
}

export function useSwitchRoomSpeech(interviewId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (enabled: boolean) => switchRoomSpeech(api, interviewId, enabled),
    onSuccess: (speech) => {
      queryClient.setQueryData(roomKeys.speech(interviewId), speech);
      return queryClient.invalidateQueries({ queryKey: roomKeys.host(interviewId) });
    },
  });
}

/** The transcript so far, polled every 2 s while the room is open (microphones add to it without the page asking). */
export function useTranscript(interviewId: string, live: boolean) {
  return useQuery({ queryKey: roomKeys.transcript(interviewId), queryFn: () => findTranscript(api, interviewId), refetchInterval: live ? 2000 : false });
}

/** `live`: streamed to the provider as it is spoken (decision 049); `segments`: recorded pieces uploaded (decision 041). */
export type MicrophoneState = { on: boolean; starting: boolean; mode: 'live' | 'segments' | null; interim: string; sent: number; error: string | null };

/**
 * "Transcribe my microphone": streamed live when a key can stream (each finished line stored by the server), else
 * segments of a few seconds sent one by one, timed from `zeroAt` (when the candidate accepted the notice, the moment
 * the transcript opens). A failed segment shows its error and recording goes on; a failed live stream stops and says
 * why (typing still works).
 */
export function useMicrophoneTranscription(interviewId: string, zeroAt: string | null) {
  const [state, setState] = useState<MicrophoneState>({ on: false, starting: false, mode: null, interim: '', sent: 0, error: null });
  const recording = useRef<{ stop(): void } | undefined>(undefined);
  const queryClient = useQueryClient();
  useEffect(() => () => recording.current?.stop(), []);

  async function send(segment: MicrophoneSegment) {
    const zero = zeroAt ? Date.parse(zeroAt) : segment.startedAt;
    const startMs = Math.max(0, segment.startedAt - zero);
    try {
      await sendMicrophoneSegment(api, interviewId, { blob: segment.blob, startMs, endMs: startMs + Math.max(1, segment.durationMs) });
      setState((current) => ({ ...current, sent: current.sent + 1, error: null }));
      await queryClient.invalidateQueries({ queryKey: roomKeys.transcript(interviewId) });
    } catch (error) {
      setState((current) => ({ ...current, error: error instanceof Error ? error.message : 'The segment could not be transcribed.' }));
    }
  }

  async function start() {
    setState((current) => ({ ...current, starting: true, error: null }));
    try {
      const live = await startStreamingMicrophone(interviewId, {
        onInterim: (interim) => setState((current) => ({ ...current, interim })),
        onSegment: () => {
          setState((current) => ({ ...current, interim: '', sent: current.sent + 1 }));
          void queryClient.invalidateQueries({ queryKey: roomKeys.transcript(interviewId) });
        },
        onStopped: (reason) => {
          recording.current = undefined;
          setState((current) => ({ ...current, on: false, mode: null, interim: '', error: reason ?? 'The live transcript stopped.' }));
        },
      });
      if (live.kind === 'streaming') {
        recording.current = live.stream;
        setState((current) => ({ ...current, on: true, starting: false, mode: 'live' }));
        return;
      }
      recording.current = await startSegmentedRecording((segment) => void send(segment));
      setState((current) => ({ ...current, on: true, starting: false, mode: 'segments' }));
    } catch (error) {
      setState((current) => ({ ...current, starting: false, error: error instanceof Error ? error.message : 'The microphone could not be opened.' }));
    }
  }

  function stop() {
    recording.current?.stop();
    recording.current = undefined;
    setState((current) => ({ ...current, on: false, mode: null, interim: '' }));
  }

  return { state, start, stop };
}
