// autocannon ships no types; this covers the programmatic calls bench/ makes.
declare module "autocannon" {
  type Histogram = { average: number; mean: number; stddev: number; min: number; max: number; p50: number; p90: number; p99: number; total: number };
  /** One per connection, fresh for each request when `requests` holds one entry. */
  type Context = Record<string, unknown>;
  type Request = {
    method?: "GET" | "POST";
    path?: string;
    headers?: Record<string, string>;
    body?: string;
    /** Called before each request is sent, with the request as configured: returns the one to send. */
    setupRequest?: (request: Request, context: Context) => Request;
    /** Called with each answer and the context its request was set up with. */
    onResponse?: (status: number, body: string, context: Context) => void;
  };
  type Options = {
    url: string;
    connections?: number;
    duration?: number;
    headers?: Record<string, string>;
    requests?: Request[];
  };
  type Result = {
    latency: Histogram;
    requests: Histogram & { sent: number };
    duration: number;
    errors: number;
    timeouts: number;
    non2xx: number;
    "2xx": number;
    statusCodeStats: Record<string, { count: number }>;
  };
  function autocannon(options: Options): Promise<Result>;
  namespace autocannon {
    export type { Result };
  }
  export = autocannon;
}
