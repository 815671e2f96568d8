/** A webhook's URL under a base (the public tunnel, a direct URL, or the local receiver). */
export const webhookUrl = (base: string, token: string) => `${base}/webhook/${token}`
