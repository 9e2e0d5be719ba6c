/** Where Casebook mounts the Coproduce HTTP API. */
export const API_BASE = '/api/coproduce'
