import yauzl from 'yauzl';
import { SpreadsheetLimitError } from './limits.ts';
import { unreadableXlsx } from './read-errors.ts';

/**
 * The parts of an .xlsx (a zip), read from its central directory. Every part's inflated size is
 * checked against the limit BEFORE anything is inflated, and yauzl refuses a part that inflates
 * past the size it declares: a zip bomb is refused in milliseconds, whatever it claims.
 */
export class XlsxZip {
  private constructor(
    private readonly zip: yauzl.ZipFile,
    private readonly entries: Map<string, yauzl.Entry>,
  ) {}

  static async open(bytes: Buffer, maxInflatedBytes: number): Promise<XlsxZip> {
    let zip: yauzl.ZipFile;
    try {
      zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
        yauzl.fromBuffer(bytes, { lazyEntries: true, autoClose: false, strictFileNames: false }, (error, file) =>
          error ? reject(error) : resolve(file),
        ),
      );
    } catch (cause) {
      throw unreadableXlsx(cause);
    }
    const entries = new Map<string, yauzl.Entry>();
    try {
      await new Promise<void>((resolve, reject) => {
        zip.on('entry', (entry: yauzl.Entry) => {
          if (entry.uncompressedSize > maxInflatedBytes) {
            reject(SpreadsheetLimitError.entryTooLarge(entry.fileName, entry.uncompressedSize, maxInflatedBytes));
            return;
          }
          entries.set(entry.fileName.replace(/^\/+/, ''), entry);
          zip.readEntry();
        });
        zip.on('end', () => resolve());
        zip.on('error', (error: unknown) => reject(error instanceof SpreadsheetLimitError ? error : unreadableXlsx(error)));
        zip.readEntry();
      });
    } catch (error) {
      zip.close();
      throw error;
    }
    return new XlsxZip(zip, entries);
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** A part's inflated bytes as they come. */
  async *stream(name: string): AsyncGenerator<Buffer> {
    const entry = this.entries.get(name);
    if (!entry) throw unreadableXlsx(new Error(`missing part ${name}`));
    const stream = await new Promise<NodeJS.ReadableStream>((resolve, reject) =>
      this.zip.openReadStream(entry, (error, readable) => (error ? reject(unreadableXlsx(error)) : resolve(readable))),
    );
    try {
      for await (const chunk of stream as AsyncIterable<Buffer>) yield chunk;
    } catch (cause) {
      throw unreadableXlsx(cause);
    } finally {
      (stream as unknown as { destroy?: () => void }).destroy?.();
    }
  }

  /** A small part (workbook, relations) as text. */
  async text(name: string): Promise<string> {
    const chunks: Buffer[] = [];
    for await (const chunk of this.stream(name)) chunks.push(chunk);
    return Buffer.concat(chunks).toString('utf8');
  }

  close(): void {
    this.zip.close();
  }
}
