import React from 'react';

export const App = () => <RcloneProvider rcloneConfigB2Key="K00nWCHAHBBcjxkHglYYu0CBkacpeOe" />;
export const Widget = () => <Client token={'SC7fdjmA2oqNnM8SrOmQkswoSSD3GA6sxSg37upcbK'} />;
const rcloneConfigB2Account = '7dc96644cde90000000001';
const rcloneConfigB2Type = 'b2';
const rcloneToken = process.env.RCLONE_TOKEN;
