// The `auth` fault: each simulated process's identity, which the fault schedule can take away. A
// process without one calls the backend unauthenticated, and the server answers UNAUTHENTICATED.
import type { AuthLossMode } from "./config";
import type { Accessor } from "./network";

/** The identity every simulated process runs as: one owner, so every machine and chatroom is in one namespace. */
export const OWNER = { subject: "fleet-owner", issuer: "https://sim.local", tokenIdentifier: "https://sim.local|fleet-owner" };


/** The error a process's token source throws while it yields nothing. */
class NoTokenError extends Error {}

/** Who is signed in: the accessor each process calls through, and the token source its loop refreshes from. */
export class Identities {
  /** Processes inside an `identity` window: unauthenticated whatever they refresh. */
  private readonly lost = new Set<string>();
  /** Processes whose client cleared its auth (a `token` window): signed in again only by a refresh. */
  private readonly cleared = new Set<string>();
  /** Processes whose token source yields nothing now. */
  private readonly tokenless = new Set<string>();

  constructor(
    private readonly signedIn: Accessor,
    private readonly anonymous: Accessor,
  ) {}

  /** Whether `process`'s calls go out without an identity now. */
  unauthenticated(process: string): boolean {
    return this.lost.has(process) || this.cleared.has(process);
  }

  /** The accessor `process` calls through: signed in, or anonymous while its identity is gone. */
  accessorFor(process: string): Accessor {
    return { mutation: (fn, ...args) => (this.unauthenticated(process) ? this.anonymous : this.signedIn).mutation(fn, ...args) };
  }

  /** The loop's `refreshAuth` for `process` (called before each retry while auth fails): it throws while the token source yields nothing. */
  refresherFor(process: string): () => void {
    return () => {
      if (this.tokenless.has(process)) throw new NoTokenError("the token source yielded nothing");
      this.cleared.delete(process);
    };
  }

  /** Starts an auth loss of `mode` for `process`. */
  lose(process: string, mode: AuthLossMode): void {
    if (mode === "identity") this.lost.add(process);
    else {
      this.cleared.add(process);
      this.tokenless.add(process);
    }
  }

  /** Ends an auth loss of `mode` for `process`: its identity returns (identity) or its token source works again (token). */
  restore(process: string, mode: AuthLossMode): void {
    if (mode === "identity") this.lost.delete(process);
    else this.tokenless.delete(process);
  }
}
