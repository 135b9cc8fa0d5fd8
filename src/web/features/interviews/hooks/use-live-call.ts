import { useCallback, useEffect, useRef, useState } from 'react';
import type { Room, Track } from 'livekit-client';
import { api } from '#web/app/api-client.ts';
import { joinCall } from '#web/features/interviews/api/room-api.ts';

export type CallState =
  | { phase: 'idle' }
  | { phase: 'connecting' }
  | { phase: 'connected'; cameraOn: boolean; micOn: boolean; remoteCount: number }
  | { phase: 'failed'; message: string }
  | { phase: 'left'; message: string };

/** A call that does not connect in this time is a failure to show, not a spinner to wait on. */
const connectTimeoutMs = 20_000;

function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * The embedded LiveKit call of the room (decision 042). `livekit-client` is imported only when the person joins, so
 * the rest of the app never loads it. Each join asks the server for a fresh short-lived token. Remote tracks are
 * attached into `remoteRef`, the camera into `localRef`.
 */
export function useLiveCall(interviewId: string) {
  const [state, setState] = useState<CallState>({ phase: 'idle' });
  /** The camera or microphone could not be started (no device, permission refused): the call goes on without it. */
  const [deviceProblem, setDeviceProblem] = useState<string | null>(null);
  const deviceFailed = useCallback((error: unknown) => setDeviceProblem(`Your camera or microphone could not be started: ${error instanceof Error ? error.message : String(error)}`), []);
  const roomRef = useRef<Room | null>(null);
  const localRef = useRef<HTMLVideoElement | null>(null);
  const remoteRef = useRef<HTMLDivElement | null>(null);

  const refresh = useCallback((room: Room) => {
    setState({ phase: 'connected', cameraOn: room.localParticipant.isCameraEnabled, micOn: room.localParticipant.isMicrophoneEnabled, remoteCount: room.remoteParticipants.size });
  }, []);

  const join = useCallback(async () => {
    setState({ phase: 'connecting' });
    setDeviceProblem(null);
    try {
      const [{ url, token }, livekit] = await Promise.all([joinCall(api, interviewId), import('livekit-client')]);
      const room = new livekit.Room({ adaptiveStream: true, dynacast: true });
      roomRef.current = room;
      room
        .on(livekit.RoomEvent.TrackSubscribed, (track: Track) => {
          const element = track.attach();
          if (track.kind === livekit.Track.Kind.Video) element.setAttribute('data-testid', 'room-call-remote-video');
          remoteRef.current?.appendChild(element);
          refresh(room);
        })
        .on(livekit.RoomEvent.TrackUnsubscribed, (track: Track) => {
          track.detach().forEach((element) => element.remove());
          refresh(room);
        })
        .on(livekit.RoomEvent.LocalTrackPublished, (publication) => {
          if (publication.track?.kind === livekit.Track.Kind.Video && localRef.current) publication.track.attach(localRef.current);
          refresh(room);
        })
        .on(livekit.RoomEvent.ParticipantConnected, () => refresh(room))
        .on(livekit.RoomEvent.ParticipantDisconnected, () => refresh(room))
        .on(livekit.RoomEvent.Disconnected, (reason) => {
          if (roomRef.current !== room) return;
          roomRef.current = null;
          const removed = reason === livekit.DisconnectReason.PARTICIPANT_REMOVED;
          const closed = reason === livekit.DisconnectReason.ROOM_DELETED;
          setState({ phase: 'left', message: removed ? 'You were removed from the call: your link was revoked or replaced.' : closed ? 'The host ended the call.' : 'You left the call.' });
        });
      await withTimeout(room.connect(url, token), connectTimeoutMs, `The call server at ${url} did not answer within ${connectTimeoutMs / 1000} seconds.`);
      refresh(room);
      await room.localParticipant.enableCameraAndMicrophone().catch(deviceFailed);
      refresh(room);
    } catch (error) {
      const room = roomRef.current;
      roomRef.current = null;
      void room?.disconnect();
      setState({ phase: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  }, [interviewId, refresh, deviceFailed]);

  const toggleCamera = useCallback(async () => {
    const room = roomRef.current;
    if (!room) return;
    setDeviceProblem(null);
    await room.localParticipant
      .setCameraEnabled(!room.localParticipant.isCameraEnabled)
      .catch(deviceFailed)
      .finally(() => refresh(room));
  }, [refresh, deviceFailed]);

  const toggleMicrophone = useCallback(async () => {
    const room = roomRef.current;
    if (!room) return;
    setDeviceProblem(null);
    await room.localParticipant
      .setMicrophoneEnabled(!room.localParticipant.isMicrophoneEnabled)
      .catch(deviceFailed)
      .finally(() => refresh(room));
  }, [refresh, deviceFailed]);

  const leave = useCallback(() => void roomRef.current?.disconnect(), []);

  useEffect(() => () => void roomRef.current?.disconnect(), []);

  return { state, deviceProblem, join, toggleCamera, toggleMicrophone, leave, localRef, remoteRef };
}
