/**
 * Infrastructure and contracts shared by every service of the platform: nothing here knows a service's domain,
 * and nothing here imports a service.
 */
package org.innovationbridge.kit;
