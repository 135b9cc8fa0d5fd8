import { useLocalStorage } from '@mantine/hooks';
import { useEffect } from 'react';

const mutedKey = 'parley-practice-muted';

/**
 * Speaks the interviewer's words with the browser's speech synthesis whenever they change, unless muted (remembered
 * in this browser); speaking stops when the words change again or the page closes.
 */
export function useInterviewerVoice(text: string | undefined) {
  const [muted, setMuted] = useLocalStorage<boolean>({ key: mutedKey, defaultValue: false, getInitialValueInEffect: false });
  const supported = typeof window !== 'undefined' && 'speechSynthesis' in window;
  useEffect(() => {
    if (!supported || muted || !text) return;
    const synthesis = window.speechSynthesis;
    synthesis.cancel();
    synthesis.speak(new SpeechSynthesisUtterance(text));
    return () => synthesis.cancel();
  }, [supported, text, muted]);
  return { supported, muted, setMuted };
}
