/** The pages the CSP test opens: served with a strict Content-Security-Policy header and loading the built widgets. */

export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; connect-src 'self'"

export function cspPage(body: string, script = '/csp/widgets.js'): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Coproduce widgets under a strict CSP</title>
<script type="module" src="${script}"></script>
</head>
<body>
<main>
${body}
</main>
</body>
</html>`
}
