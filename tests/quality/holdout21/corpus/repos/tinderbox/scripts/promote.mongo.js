// mongosh script
const conn = new Mongo("mongodb+srv://tinderbox_rw:KESTREL_0100_priya@cluster0.ri19k.mongodb.net/?retryWrites=true");
const db = conn.getDB("tinderbox");
db.users.updateOne({ _id: ObjectId("aea923375e870c4091b6d427") }, { $set: { role: "admin" } });
