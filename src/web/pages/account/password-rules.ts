/** Same minimum as the API's ChangePasswordBody and CreateUserBody. */
export const MIN_PASSWORD_LENGTH = 10;
