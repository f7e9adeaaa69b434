package dev.shipshape.model;

import dev.shipshape.internal.lang.Args;

/**
 * Where a typed address is used: an env var ({@code env:CATALOG_ADDR}), an element of the command or the arguments
 * ({@code args:2}), or a config entry ({@code entry:upstream}).
 *
 * <pre>{@code
 * AddressUse use = container.addresses().get(0);
 * use.where();     // "env:CATALOG_ADDR"
 * use.address();   // ServiceEndpoint[target=shop/webService:catalog, …]
 * }</pre>
 *
 * @param where   where it is used, as violation paths name it
 * @param address the address
 */
public record AddressUse(String where, Address address) {

    /**
     * Rejects null parts.
     *
     * @param where   where it is used, as violation paths name it
     * @param address the address
     */
    public AddressUse {
        Args.notNull(where, "where");
        Args.notNull(address, "address");
    }
}
