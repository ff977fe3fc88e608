/** Polls until `predicate` holds. No imports: the built-bundle and CSP pages load nothing else. */
export async function until(predicate: () => boolean, message: string, timeout = 5000): Promise<void> {
  const start = Date.now();
  while (!predicate()) {
    if (Date.now() - start > timeout) throw new Error(message);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
