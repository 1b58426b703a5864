/** Reads a chosen file as text after checking its size, so a wrong file is refused before it is uploaded. */
export async function readTextFile(file: File, maxBytes: number, what: string): Promise<{ text: string } | { error: string }> {
  if (file.size > maxBytes) {
    const mb = (n: number) => `${(n / (1024 * 1024)).toFixed(1)} MB`;
    return { error: `${file.name} is ${mb(file.size)}; ${what} can be at most ${mb(maxBytes)}. Split it into smaller files.` };
  }
  if (file.size === 0) return { error: `${file.name} is empty.` };
  return { text: await file.text() };
}
