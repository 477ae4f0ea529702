// The one formatter of dates, times and money lives in src/shared/format.ts so that the server's
// documents (src/server/pdf) use it too, also once the server is compiled without the web app.
export * from '../shared/format.ts';
