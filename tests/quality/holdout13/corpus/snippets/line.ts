import { createClient } from './client';

export const config = {
  lineApiKey: 'pmhdn7dkhc5d8tr6e27v71ukn79mq67c',
};
const client = createClient({ token: "thgnqe33vb4ft0jkw7ftk1f7lfy3z2tn" });
// sample value only: 84yuwyt7puw6
// sample value only: mxzchi********************
// sample value only: xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
const key: string = process.env.LINE_API_KEY ?? '';
