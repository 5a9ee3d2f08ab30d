/** Japanese: the seat forecast of notification mails and the audit log's sentences (decisions 138, 139). */
export const jaPortalWords = {
  forecast: {
    days_other: '{{count}} 日',
    runsOut: 'このペースでは、{{product}} のライセンスは約 {{days}}でシートが不足します。',
    full: '{{product}} のライセンスは購入済みのシートをすべて使用しています。',
    noGrowth: '{{product}} のライセンスの予測はありません：シートの使用数は増えていません。',
    weakFit:
      '{{product}} のライセンスの予測はありません：シートの使用数の変動が大きく、傾向を示せません。',
    notSoon:
      'このペースでは、{{product}} のライセンスは 1 年以内にシートが不足することはありません。',
    tooLittleHistory: '{{product}} のライセンスの予測はありません：履歴がまだ少なすぎます。',
    noSeats: '{{product}} のライセンスの予測はありません：有効なライセンスがありません。',
    expiresToday_other:
      '{{entitlement}} の {{product}} ライセンスは本日期限切れになります（{{count}} シート中 {{inUse}} シートが使用中）。',
    expiresInDays_other:
      '{{entitlement}} の {{product}} ライセンスは {{days}}後に期限切れになります（{{count}} シート中 {{inUse}} シートが使用中）。',
  },
  auditEvent: {
    member: {
      role_changed: '{{actor}} が {{member}} のロールを {{from}} から {{to}} に変更しました',
      removed: {
        left: '{{actor}} が組織を脱退しました',
        someone: '{{actor}} が {{member}} を削除しました',
      },
      added: '{{member}} が {{role}} として参加しました',
    },
    invitation: {
      created: '{{actor}} が {{email}} を {{role}} として招待しました',
      resent: '{{actor}} が {{email}} への招待を再送信しました',
      revoked: '{{actor}} が {{email}} への招待を取り消しました',
      accepted: '{{member}} が招待を承諾し、{{role}} として参加しました',
    },
    activation: {
      created: {
        portal_other:
          '{{actor}} が {{place}} で {{product}} のシートを {{count}} 席アクティベーションしました',
        short_other: '{{actor}} が {{place}} でシートを {{count}} 席アクティベーションしました',
      },
      deactivated_other:
        '{{actor}} が {{place}} を無効化し、{{product}} のシートを {{count}} 席解放しました',
      heartbeat_expired_other:
        'ハートビートが途絶えたため、{{place}} は {{product}} のシート {{count}} 席を保持しなくなりました',
    },
    license: {
      key_copied: '{{actor}} が末尾 {{last4}} の {{product}} ライセンスキーをコピーしました',
      key_revealed: '{{actor}} が末尾 {{last4}} の {{product}} ライセンスキーを表示しました',
      assigned: {
        invited_other:
          '{{actor}} が {{license}} のシートを {{count}} 席 {{assignee}}（招待中）に割り当てました',
        member_other:
          '{{actor}} が {{license}} のシートを {{count}} 席 {{assignee}} に割り当てました',
      },
      unassigned: {
        memberRemoved_other:
          '{{actor}} が {{assignee}} から {{license}} のシート {{count}} 席の割り当てを解除しました（メンバー削除）',
        invitationRevoked_other:
          '{{actor}} が {{assignee}} から {{license}} のシート {{count}} 席の割り当てを解除しました（招待取り消し）',
        plain_other:
          '{{actor}} が {{assignee}} から {{license}} のシート {{count}} 席の割り当てを解除しました',
      },
      assignment_accepted_other:
        '{{member}} が招待を承諾し、{{license}} のシートを {{count}} 席受け取りました',
      feature_granted: {
        withKey:
          '{{actor}} が {{entitlement}} の {{product}} ライセンス（…{{last4}}）に {{feature}} を追加しました',
        plain:
          '{{actor}} が {{entitlement}} の {{product}} ライセンスに {{feature}} を追加しました',
      },
      feature_changed:
        '{{actor}} が {{entitlement}} の {{product}} ライセンス（…{{last4}}）の {{feature}} を変更しました',
      feature_removed:
        '{{actor}} が {{entitlement}} の {{product}} ライセンス（…{{last4}}）から {{feature}} を削除しました',
      extended:
        '{{actor}} が {{entitlement}} の {{product}} ライセンス（…{{last4}}）を延長しました',
      updated: '{{actor}} が {{entitlement}} の {{product}} ライセンス（…{{last4}}）を更新しました',
      renewal_requested: '{{actor}} が {{product}}（{{entitlement}}）の更新をリクエストしました',
    },
    artifact: {
      downloaded: '{{actor}} が {{file}}（{{release}}）をダウンロードしました',
    },
    session: {
      signed_in: '{{actor}} がサインインしました',
      revoked: '{{actor}} が自分の別のセッションを 1 つサインアウトしました',
      revoked_others_other: '{{actor}} が他のセッションを {{count}} 件サインアウトしました',
    },
    sso: {
      signed_in: '{{actor}} がシングルサインオンでサインインしました',
      password_refused:
        '{{actor}} がパスワードでサインインしようとしました。シングルサインオンが必須です',
      recovery_sign_in:
        'シングルサインオンが必須の中、{{actor}} がパスワードでサインインしました（Admin の復旧用）',
      member_joined: '{{member}} がシングルサインオンで {{role}} として参加しました',
      removed: '{{actor}} がシングルサインオンをオフにしました',
      configured: {
        required: '{{actor}} が {{host}} でシングルサインオンを設定しました（必須）',
        plain: '{{actor}} が {{host}} でシングルサインオンを設定しました',
      },
      settings_changed: {
        required:
          '{{actor}} がシングルサインオンの設定を変更し、シングルサインオンを必須にしました',
        allowed:
          '{{actor}} がシングルサインオンの設定を変更し、パスワードでのサインインを再び許可しました',
        plain: '{{actor}} がシングルサインオンの設定を変更しました',
      },
    },
    password: {
      changed: '{{actor}} がパスワードを変更しました',
      reset: '{{actor}} がメールのリンクでパスワードをリセットしました',
    },
    mfa: {
      enabled: '{{actor}} が 2 要素認証をオンにしました',
      disabled: '{{actor}} が 2 要素認証をオフにしました',
      recovery_codes_regenerated: '{{actor}} が新しいリカバリーコードを生成しました',
      recovery_code_used: '{{actor}} がリカバリーコードでサインインしました',
    },
    email: {
      change_requested: '{{actor}} がメールアドレスの変更をリクエストしました',
      changed: '{{actor}} がメールアドレスを {{from}} から {{to}} に変更しました',
    },
    scim: {
      token_created: '{{actor}} が SCIM トークン「{{name}}」を作成しました',
      token_revoked: '{{actor}} が SCIM トークン「{{name}}」を取り消しました',
    },
  },
};
