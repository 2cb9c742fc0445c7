package org.innovationbridge.research.imports;

/** The formats a result compilation may be uploaded in. */
public enum FileFormat {
    XLSX, CSV, JSON
}
