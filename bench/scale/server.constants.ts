// The supervisor the scale benchmark signs in as (created by its server on the fixture).
export const BENCH_USER = "bench-supervisor";
export const BENCH_PASSWORD = "bench-password-1";
