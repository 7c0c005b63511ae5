package org.roundrobin.support;

import static org.roundrobin.support.Api.given;

import io.restassured.response.Response;

/** Replies as authorities write them, and adding one to a request through the "Add a reply received" form. */
public final class ReplyLetters {

    /** A refusal that neither confirms nor denies under s.31(3), for every question of the request. */
    public static final String NCND_31_3 = """
            Freedom of Information Request Reference No: 004512/25

            Thank you for your request for information about connected devices, which we received recently.

            Response
            In accordance with the Freedom of Information Act 2000, this letter acts as a Refusal Notice for your request.

            The force can neither confirm nor deny that it holds the information you requested, as the duty in
            Section 1(1)(a) of the Act does not apply by virtue of Section 31(3) - Law Enforcement.

            Section 31 is a qualified prejudice-based exemption: confirming or denying whether the information is held
            would reveal policing capabilities and tactics to those intent on committing crime. The balance lies in favour
            of neither confirming nor denying. This applies to every part of your request.

            Yours sincerely,
            Disclosure Officer
            """;

    private ReplyLetters() {
    }

    /** Posts the form (no redirects followed): the date, how it came, and a file and/or pasted text. */
    public static Response add(long requestId, String on, String filename, String mediaType, byte[] file, String text) {
        var spec = given().redirects().follow(false).multiPart("on", on).multiPart("how", "POST");
        if (file != null) spec = spec.multiPart("file", filename, file, mediaType);
        if (text != null) spec = spec.multiPart("text", text);
        return spec.post("/requests/" + requestId + "/replies");
    }
}
