package org.innovationbridge.gateway.identity;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class UserRepository implements PanacheRepositoryBase<UserAccount, UUID> {
    public Optional<UserAccount> findByUsername(String username) {
        return find("username", username).firstResultOptional();
    }
}
