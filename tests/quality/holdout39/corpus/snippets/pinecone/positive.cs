// pinecone
http.DefaultRequestHeaders.Add("X-Api-Key", "pcsk_nSFf0_4DZDjQBHtWAncozPjyHoQyqjW5KiggG2bv2AAdGgIh0plz4n8HjLsJLgoWHsht6");
