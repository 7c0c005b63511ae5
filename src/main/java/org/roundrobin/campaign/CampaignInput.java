package org.roundrobin.campaign;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A campaign as a person writes it (POST, and PUT while a draft). */
public record CampaignInput(
        @NotBlank(message = "is required") @Size(max = 300, message = "is longer than 300 characters") String title,
        @Pattern(regexp = "^[a-z0-9]+(-[a-z0-9]+)*$", message = "must be lower-case letters, digits and single hyphens")
        @Size(max = 120, message = "is longer than 120 characters") String slug,
        @Size(max = 4000, message = "is longer than 4000 characters") String description,
        @NotBlank(message = "is required: the text of the FOI request") @Size(max = 20000, message = "is longer than 20000 characters") String requestText,
        @NotEmpty(message = "must list at least one numbered question") @Size(max = 50, message = "has more than 50 questions") List<@Valid @NotNull(message = "must not be empty") QuestionInput> questions,
        @NotNull(message = "is required: the name and email of the person making the request") @Valid Requester requester,
        @NotNull(message = "is required: a tag, a jurisdiction or a list of authorities") @Valid Targets targets,
        @Pattern(regexp = "^[a-z0-9]+(-[a-z0-9]+)*$", message = "must be the slug of another campaign") String relatedTo,
        Integer version) {

    public record QuestionInput(
            @NotNull(message = "is required") @Positive(message = "must be 1 or more") Integer number,
            @NotBlank(message = "is required: a short label such as \"Capability\"") @Size(max = 120, message = "is longer than 120 characters") String label,
            @Size(max = 4000, message = "is longer than 4000 characters") String text) {
    }

    public record Requester(
            @NotBlank(message = "is required") @Size(max = 200, message = "is longer than 200 characters") @Pattern(regexp = "^[^\\r\\n]*$", message = "must be on one line") String name,
            @NotBlank(message = "is required") @Email(regexp = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", message = "is not a valid email address") String email) {
    }

    /** Exactly one of: a tag (optionally with a jurisdiction), a jurisdiction, or a list of authority slugs. */
    public record Targets(
            @Size(max = 64, message = "is longer than 64 characters") String tag,
            String jurisdiction,
            List<String> authorities) {
    }
}
