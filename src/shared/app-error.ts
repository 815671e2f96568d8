/** An error the user should read: a stable code for programs and a sentence for people. */
export class AppErrorException extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status = 400,
  ) {
    super(message)
    this.name = 'AppErrorException'
  }
}
