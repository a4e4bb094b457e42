import React from 'react';
import { HubspotProvider } from '@aaronhayes/react-use-hubspot-form';

// hbspt.forms.create({ portalId: "87490649", formId: "c684e7f9-8c7f-4a1c-a22a-d70f1ef0e6e9" })
export const Form = () => <HubspotForm portalId="42653507" formId="aa720383-405c-4c9b-810e-06e41e7e7aea" />;
export const Admin = () => <CrmClient accessToken="pat-ap1-4dfdfb0b-691c-4a25-99a6-57e80d07e4df" />;
const token = process.env.HUBSPOT_ACCESS_TOKEN;
const pak = 'CiRhcDEtYTdmYS0yNzZhLTA4NDUtMzc4Yi1kYzI1MTYxMDk5MGQQlpzXARi8xK0CKhkABXxvN1YXoEB1ou2NhxKVeqpde_9-2qnLSgNhcDE';
