package org.roundrobin.mail;

import io.quarkus.hibernate.orm.panache.Panache;

/** Serialises a job across instances: the row lock lasts until the caller's transaction ends. */
final class JobLock {

    private JobLock() {
    }

    static void acquire(String job) {
        Panache.getEntityManager().createNativeQuery("select name from mail_job_lock where name = :name for update")
                .setParameter("name", job).getResultList();
    }
}
