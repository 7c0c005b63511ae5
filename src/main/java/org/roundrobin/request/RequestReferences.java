package org.roundrobin.request;

import jakarta.enterprise.context.ApplicationScoped;
import org.roundrobin.authority.Authority;
import org.roundrobin.authority.AuthorityReferences;

/** An authority with requests cannot leave the directory: its requests would lose their body. */
@ApplicationScoped
public class RequestReferences implements AuthorityReferences {

    @Override
    public long countUsing(Authority authority) {
        return FoiRequest.countFor(authority);
    }

    @Override
    public String what() {
        return "request(s)";
    }
}
