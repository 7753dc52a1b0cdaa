/**
 * A JSON-LD document loader that refuses all network access: records carry
 * their context inline, so nothing may ever be fetched.
 */
export async function offlineDocumentLoader(url: string): Promise<never> {
  throw new Error(`Refusing to load ${url}: JSON-LD processing here is offline`)
}
