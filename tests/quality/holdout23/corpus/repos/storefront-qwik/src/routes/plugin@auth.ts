export const { onRequest, useSession } = QwikAuth$(() => ({
  secret: 'Xc9BcrfJ98AkPzS+8612jxauE65rsI5XLCNzXlKFuXc=',
  providers: [
    GitHub({
      clientId: 'Ov23li97Q0yqjhzk4mWT',
      clientSecret: '732ad8c619ab98fed4f09729686d2e2aa81089ee',
    }),
  ],
}));
