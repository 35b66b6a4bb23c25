// Initiates the single-member replica set once, then waits until this member is PRIMARY, so services
// that depend on this one-shot container start against a writable, majority-acknowledging primary.
// RS_HOST is the member's address as clients will reach it (compose service or StatefulSet pod DNS name).
const host = process.env.RS_HOST;
if (!host) throw new Error("RS_HOST is not set");
try {
  rs.status();
  print("replica set already initiated");
} catch (e) {
  if (e.codeName !== "NotYetInitialized") throw e;
  rs.initiate({ _id: "rs0", members: [{ _id: 0, host: host }] });
  print("replica set rs0 initiated");
}
for (let i = 0; i < 60; i++) {
  if (db.hello().isWritablePrimary) { print("PRIMARY"); quit(0); }
  sleep(1000);
}
print("no PRIMARY after 60 s");
quit(1);
