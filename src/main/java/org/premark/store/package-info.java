/** Persistence of class sets, their marked answers, teachers' overrides and teacher accounts (plain JDBC). */
package org.premark.store;
