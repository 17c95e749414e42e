import { EntitySubscriberInterface, EventSubscriber, InsertEvent, UpdateEvent } from 'typeorm';
import { UserAccount } from './user.entity';
import { normalizeUsername } from './username';

/**
 * Keeps `usernameKey` derived from `username` on every write, also plain `insert()`s (seeds, tests), which
 * entity listeners do not see.
 */
@EventSubscriber()
export class UsernameKeySubscriber implements EntitySubscriberInterface<UserAccount> {
  listenTo() {
    return UserAccount;
  }

  beforeInsert(event: InsertEvent<UserAccount>): void {
    if (typeof event.entity?.username === 'string') event.entity.usernameKey = normalizeUsername(event.entity.username);
  }

  beforeUpdate(event: UpdateEvent<UserAccount>): void {
    const values = event.entity as Partial<UserAccount> | undefined;
    if (typeof values?.username === 'string') values.usernameKey = normalizeUsername(values.username);
  }
}
