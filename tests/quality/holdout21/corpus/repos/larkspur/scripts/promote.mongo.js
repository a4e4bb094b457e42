// mongosh script
const conn = new Mongo("mongodb+srv://larkspur_rw:175lanternVIOLET@cluster0.8rezt.mongodb.net/?retryWrites=true");
const db = conn.getDB("larkspur");
db.users.updateOne({ _id: ObjectId("920c5ea2042668febb78b050") }, { $set: { role: "admin" } });
