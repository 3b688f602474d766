package org.peerbot.core.port.contract;

import org.peerbot.core.memory.InMemoryStores;
import org.peerbot.core.port.Stores;

class InMemoryStoresContractTest extends StoreContract {
    @Override
    protected Stores freshStores() {
        return new InMemoryStores().stores();
    }
}
