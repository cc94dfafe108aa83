/**
 * The fleet's HTTP API and web pages on Javalin: {@link FleetServer} (who may call what),
 * {@code Routes} (one short method per route of {@code docs/fleet-openapi.yaml}),
 * {@link JsonBodies} (each bad member a 400 naming it), {@code StaffWeb} and {@code WebPages}.
 * Every refusal is an {@link ApiException}, answered as {@code {"error":"CODE","message":"..."}};
 * the services throw it too, and the ingest reads bodies with {@link JsonBodies}, which is all they
 * take from this package. Only this package uses Javalin: the services know a request only by the
 * arguments it is turned into.
 */
package org.cleartrade.fleet.http;
