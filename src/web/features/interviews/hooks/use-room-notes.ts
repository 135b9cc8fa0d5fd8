import { useEffect, useState } from 'react';
import type { LiveNote } from '#shared/contracts/interviews.ts';
import { followRoomNotes } from '#web/features/interviews/api/room-api.ts';

/**
 * The room's notes as they arrive over the stream, in seq order, each once (a reconnect resumes after the last one held,
 * and a note seen twice is kept once). `closed` holds the server's reason when it cut the stream (a revoked link).
 */
export function useRoomNotes(interviewId: string, enabled: boolean) {
  const [notes, setNotes] = useState<LiveNote[]>([]);
  const [connected, setConnected] = useState(false);
  const [closed, setClosed] = useState<string | null>(null);
  useEffect(() => {
    if (!enabled || typeof EventSource === 'undefined') return undefined;
    const stop = followRoomNotes(interviewId, {
      onNote: (note) => setNotes((held) => (held.some((existing) => existing.seq === note.seq) ? held : [...held, note].sort((a, b) => a.seq - b.seq))),
      onClosed: (reason) => {
        setClosed(reason);
        setConnected(false);
      },
      onConnection: setConnected,
    });
    return stop;
  }, [interviewId, enabled]);
  return { notes, connected, closed };
}
