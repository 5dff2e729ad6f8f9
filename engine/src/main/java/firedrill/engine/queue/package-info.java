/**
 * A fluid model of an overloaded request-serving component (an API server, a lease manager, a login
 * service, a shared database): concurrency seats shared by priority levels with bounded queues, a
 * request timeout, and client classes that retry with or without backoff. Rates per tick, not
 * requests, so a step costs a few dozen floating-point operations. Deterministic: no randomness, no
 * clock. Entry point: {@link firedrill.engine.queue.RequestServer}, built from a
 * {@link firedrill.engine.queue.ServerSpec}. docs/model.md ("Overload as queues") explains the physics.
 */
package firedrill.engine.queue;
