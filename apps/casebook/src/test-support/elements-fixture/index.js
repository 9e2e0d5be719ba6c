// Stands in for the bundled widgets in the route tests: they only check that /static/elements/ is served.
export const widgets = true
