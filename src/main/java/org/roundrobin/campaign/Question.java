package org.roundrobin.campaign;

import jakarta.persistence.Embeddable;

/** One numbered question of a campaign's request; the label is the short name dashboards show ("Q1 capability"). */
@Embeddable
public class Question {

    public int number;
    public String label;
    public String text;

    public Question() {
    }

    public Question(int number, String label, String text) {
        this.number = number;
        this.label = label;
        this.text = text;
    }
}
