/**
 * Maps an `app://crisis-room/...` request to a file inside the renderer build, and to nothing else.
 * Pure (the path flavour is a parameter) so the traversal rules are tested for POSIX and Windows alike.
 */
import nodePath from 'node:path';
import { APP_HOST, APP_SCHEME } from './origins';

type PathApi = Pick<typeof nodePath, 'join' | 'relative' | 'isAbsolute' | 'extname' | 'sep'>;

const INDEX_FILE = 'index.html';

/**
 * The absolute file for a request URL, or undefined when the URL is not ours or would leave `rootDir`.
 * Paths without an extension are client-side routes and get index.html, so a reload on a route works.
 */
export function resolveAppPath(
  rootDir: string,
  requestUrl: string,
  path: PathApi = nodePath,
): string | undefined {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return undefined;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return undefined;

  let relativePath: string;
  try {
    // Decoding turns `..%2f` and `%5c` into real separators, so every check below sees the real path.
    relativePath = decodeURIComponent(url.pathname);
  } catch {
    return undefined;
  }
  // Build output never has these in its file names, while each is a known way out of a folder: NUL
  // truncates a path, a backslash is a separator on Windows, `//x` is an absolute or UNC path. Drive
  // letters (`/C:/…`) and `..` are left to the containment check below.
  if (relativePath.includes('\0') || relativePath.includes('\\') || relativePath.startsWith('//')) {
    return undefined;
  }

  const filePath = path.join(rootDir, relativePath);
  const fromRoot = path.relative(rootDir, filePath);
  if (fromRoot === '..' || fromRoot.startsWith(`..${path.sep}`) || path.isAbsolute(fromRoot))
    return undefined;
  return path.extname(filePath) === '' ? path.join(rootDir, INDEX_FILE) : filePath;
}
