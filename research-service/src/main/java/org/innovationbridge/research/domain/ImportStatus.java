package org.innovationbridge.research.domain;

/** Where an import job is: waiting for a worker, working through its rows, finished, or stopped by a failure. */
public enum ImportStatus {
    QUEUED, RUNNING, DONE, FAILED
}
