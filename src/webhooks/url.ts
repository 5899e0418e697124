/**
 * Whether a webhook may be sent to this address: an absolute http or https URL. Private and
 * loopback addresses are allowed on purpose (a publisher service on the internal network is a
 * normal receiver); only administrators configure webhooks, so this is not a way for other users
 * to make the server call arbitrary hosts.
 */
export function isWebhookUrl(value: unknown): boolean {
  if (typeof value !== 'string') return false
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol)
  } catch {
    return false
  }
}
