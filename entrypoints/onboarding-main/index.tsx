import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { OnboardingApp } from '../../components/onboarding/OnboardingApp';
import { mountPage } from '../../components/shared/mountPage';

// Built on its own into one file, like every page script (see docs/decisions.md, "One script per page").
export default defineUnlistedScript(() => {
  mountPage('onboardingTitle', <OnboardingApp />);
});
