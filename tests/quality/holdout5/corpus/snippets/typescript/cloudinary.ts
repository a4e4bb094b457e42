import axios from 'axios';

axios.defaults.headers.common['Authorization'] = `Bearer cloudinary://411660499853971:XmNWzmVIkMKL0qD2IdmzZS_m26C@u07cs4vb`;
export const cloudinaryApiSecret: string = '5s4dvWoAMBi8socnL-e2AtFaC34';
const cloudinaryApiKey = '865702223036005';
const cloudinaryCloudName = 'ftchrf7h';
const cloudinaryApiKey = process.env.CLOUDINARY_API_KEY!;
