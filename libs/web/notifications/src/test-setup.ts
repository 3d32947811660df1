// jsdom lacks TextEncoder/TextDecoder, which react-router uses when it loads.
import { TextDecoder, TextEncoder } from 'node:util';

Object.assign(globalThis, { TextEncoder, TextDecoder });
