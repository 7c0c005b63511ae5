package org.roundrobin.request;

/**
 * Launching a campaign by email, implemented by the mail feature (which depends on this package, not the other
 * way round): creates the requests and queues the request letter to every target with an address.
 */
public interface EmailLaunch {

    /** Queues the letters in one transaction and returns what was queued and what must be sent by hand. */
    Object launch(String slug, String note);
}
