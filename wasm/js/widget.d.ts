// Types for mongouri/widget.js: the <mongouri-inspector> custom element.
import type { ParseResult } from "./index.js";

export type InspectorMode = "decode" | "encode" | "explain";

/**
 * The inspector as a custom element. Importing the module defines
 * <mongouri-inspector>; the WebAssembly module loads when an element first
 * comes into view (or when ready() is called).
 *
 * Attributes: `uri`, `mode`, `compact` (only the verdict, the fixed string and
 * what a driver will do, in a box of bounded height, with "Open in full"), `doh` (space-separated DoH endpoint URLs offered
 * before the built-in providers), `error` (an error text a driver printed:
 * its diagnosis, see diagnose(), shows at the top of the summary). Theme it with --mongouri-* custom
 * properties (see mongouri.css).
 */
export declare class MongoURIInspector extends HTMLElement {
  /** The current string: what the reader typed, or the uri attribute. */
  uri: string;
  /** The view shown. */
  mode: InspectorMode;
  /** Compact mode: the summary only, with "Open in full". */
  compact: boolean;
  /** The parse result of the current string; null until the module has loaded. */
  readonly result: ParseResult | null;
  /** Loads the module now (if needed) and resolves once the UI is drawn. */
  ready(): Promise<void>;
  addEventListener(type: "change", listener: (ev: CustomEvent<ParseResult>) => void, options?: boolean | AddEventListenerOptions): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
}

declare global {
  interface HTMLElementTagNameMap {
    "mongouri-inspector": MongoURIInspector;
  }
}
