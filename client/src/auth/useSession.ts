import { useSyncExternalStore } from "react";
import { isSignedIn, sessionVersion, subscribe } from "./session";

/** Re-renders when the session changes; tells whether someone is signed in. */
export function useSignedIn(): boolean {
  useSyncExternalStore(subscribe, sessionVersion, sessionVersion);
  return isSignedIn();
}
