/** An error the user should read: a stable code for programs and a sentence for people. */
export class AppErrorException extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status = 400,
    /** For the owner's eyes only (logs, the activity view): never sent to whoever made the request. */
    readonly detail?: string,
  ) {
    super(message)
    this.name = 'AppErrorException'
  }
}
