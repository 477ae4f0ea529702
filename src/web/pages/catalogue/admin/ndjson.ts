/**
 * Reads newline-delimited JSON from a growing text (XMLHttpRequest's responseText during a
 * download): each call hands back the complete lines that arrived since the previous call; a
 * line cut in the middle waits for the rest, unless `final`. Lines that are not JSON are skipped.
 */
export class NdjsonReader {
  private consumed = 0;

  read(text: string, final = false): unknown[] {
    const end = final ? text.length : text.lastIndexOf('\n') + 1;
    if (end <= this.consumed) return [];
    const chunk = text.slice(this.consumed, end);
    this.consumed = end;
    const out: unknown[] = [];
    for (const line of chunk.split('\n')) {
      if (!line.trim()) continue;
      try {
        out.push(JSON.parse(line));
      } catch {
        // A broken line (a proxy's error page, say) is not a message.
      }
    }
    return out;
  }
}
